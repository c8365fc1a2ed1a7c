import * as core from '@actions/core';
import type { ArtifactClient } from '@actions/artifact';

/**
 * Deletes this run's artifact named `name`, if there is one, so that the upload that follows does not
 * fail with 409: a re-run of a job is the same workflow run, and an artifact name is unique in a run
 * (actions/upload-artifact's `overwrite: true` does the same). `existing` holds the run's artifact names
 * when the caller has listed them already (one listing for many uploads).
 */
export async function deleteSameNameArtifact(
  client: ArtifactClient,
  name: string,
  existing?: ReadonlySet<string>,
): Promise<void> {
  const names = existing ?? (await artifactNamesInRun(client));
  if (!names.has(name)) return;
  await client.deleteArtifact(name);
  core.info(
    `Artifact "${name}" is already in this run (a re-run of the job, or another job using the same name): replacing it`,
  );
}

/** The names of the artifacts this run already holds. */
export async function artifactNamesInRun(client: ArtifactClient): Promise<Set<string>> {
  return new Set((await client.listArtifacts()).artifacts.map((artifact) => artifact.name));
}
