//! mistake: passed a `u32` worker count from the config as `concurrency`
//! offending: buffered(workers)
//! category: async
use std::time::Duration;
use futures::{stream, StreamExt};

#[derive(Debug, Clone)]
struct Profile {
    id: u32,
    name: String,
    pto_hours: f32,
}

#[derive(Debug)]
struct ApiError(String);

struct HrClient {
    base: String,
}

impl HrClient {
    async fn fetch_profile(&self, id: u32) -> Result<Profile, ApiError> {
        tokio::time::sleep(Duration::from_millis(3)).await;
        if id == 0 {
            Err(ApiError(format!("{}/employees/{id}: 404", self.base)))
        } else {
            Ok(Profile { id, name: format!("emp-{id}"), pto_hours: 8.0 * id as f32 })
        }
    }

    async fn pto_balance(&self, id: u32) -> f32 {
        tokio::time::sleep(Duration::from_millis(2)).await;
        4.0 * id as f32
    }
}

struct SyncConfig {
    workers: u32,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = HrClient { base: "https://hr.internal/api".into() };
    let cfg = SyncConfig { workers: 4 };
    let workers = cfg.workers;
    let ids = vec![3, 8, 21, 34];
    let profiles: Vec<Result<Profile, ApiError>> = stream::iter(ids.iter().copied())
        .map(|id| client.fetch_profile(id))
        .buffered(workers)
        .collect()
        .await;
    println!("{} fetched", profiles.iter().filter(|p| p.is_ok()).count());
}
