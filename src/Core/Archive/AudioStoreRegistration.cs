using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CallCoach.Core.Archive;

public static class AudioStoreRegistration
{
    /// <summary>The archive <c>Archive:Store</c> names, validated at start; the folder store also reads what older releases archived.</summary>
    public static IServiceCollection AddAudioStore(this IServiceCollection services)
    {
        services.AddValidatedOptions<ArchiveOptions>(ArchiveOptions.Section);
        services.AddSingleton<FolderAudioStore>();
        services.AddSingleton<IAudioStore>(sp => sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.Store == AudioStoreKind.Blob
            ? ActivatorUtilities.CreateInstance<BlobAudioStore>(sp)
            : sp.GetRequiredService<FolderAudioStore>());
        services.AddHostedService<AudioCacheTrim>();
        return services;
    }
}
