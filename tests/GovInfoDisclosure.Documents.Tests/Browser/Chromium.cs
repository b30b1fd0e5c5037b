using PuppeteerSharp;

namespace GovInfoDisclosure.Documents.Tests.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, or <c>GIDR_CHROMIUM</c>) started headless once for the browser tests,
/// with a fresh profile and no network chatter. No browser is ever downloaded: where Chromium is missing and the tests
/// run as root on a Debian-like machine, they install Debian's <c>chromium</c> and <c>fonts-noto-cjk</c> with apt-get
/// (so the README's test command works on a fresh machine); otherwise they fail saying how to install it. They never skip.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string InstallHint = "install it with: sudo apt-get install -y chromium fonts-noto-cjk (Debian/Ubuntu), or set GIDR_CHROMIUM to a Chromium executable";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "gidr-chromium-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser { get; private set; } = null!;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("GIDR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Where screenshots are written: <c>artifacts/screenshots</c> under the test output folder.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            string? installed = await InstallFromDebianAsync();
            if (!File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException(
                    $"The browser tests need Chromium at {ExecutablePath}, which does not exist{installed}; {InstallHint}.");
            }
        }

        Directory.CreateDirectory(_profile);
        var options = new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            UserDataDir = _profile,
            Timeout = 120_000, // a loaded 2-core machine (a parallel test run, a build) can take long to start a browser
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=zh-CN",
            ],
        };
        try
        {
            Browser = await Puppeteer.LaunchAsync(options);
        }
        catch (Exception first) when (first is ProcessException or TimeoutException or TargetClosedException)
        {
            // Once more, and fail with both reasons: a browser that will not start is a failure, never a skip.
            try
            {
                Browser = await Puppeteer.LaunchAsync(options);
            }
            catch (Exception second)
            {
                throw new InvalidOperationException($"Chromium at {ExecutablePath} did not start twice: {first.Message} / {second.Message}", second);
            }
        }
    }

    /// <summary>
    /// Installs Debian's Chromium and CJK fonts where that can be done without asking (root, apt-get present, the default
    /// path wanted); returns what happened, for the failure message when it did not work.
    /// </summary>
    private static async Task<string?> InstallFromDebianAsync()
    {
        if (ExecutablePath != "/usr/bin/chromium" || !File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            return null;
        }

        var start = new System.Diagnostics.ProcessStartInfo(
            "/bin/sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using System.Diagnostics.Process apt = System.Diagnostics.Process.Start(start)!;
        Task<string> errors = apt.StandardError.ReadToEndAsync();
        _ = await apt.StandardOutput.ReadToEndAsync();
        await apt.WaitForExitAsync();
        return apt.ExitCode == 0 ? null : $" and apt-get install chromium fonts-noto-cjk failed ({apt.ExitCode}: {(await errors).Trim()})";
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
            await Browser.DisposeAsync();
        }

        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be releasing its profile; the temporary folder is left to the system.
        }
    }

    /// <summary>A new page at a width and height showing the HTML (loaded as a document, so it runs offline).</summary>
    public async Task<IPage> OpenAsync(string html, int width = 1200, int height = 900)
    {
        IPage page = await Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load] });
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class ChromiumTests : ICollectionFixture<Chromium>
{
    public const string Name = "Chromium";
}
