//! mistake: iterated a stream of profile updates with plain `for` instead of `async for`
//! offending: p in updates
//! category: async
use std::time::Duration;
use futures::stream;

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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let updates = stream::iter(vec![
        Profile { id: 3, name: "Ada Park".into(), pto_hours: 64.0 },
        Profile { id: 8, name: "Bo Lin".into(), pto_hours: 12.0 },
    ]);
    let mut over_cap = Vec::new();
    for p in updates {
        if p.pto_hours > 40.0 {
            over_cap.push(p.name);
        }
    }
    println!("{over_cap:?}");
}
