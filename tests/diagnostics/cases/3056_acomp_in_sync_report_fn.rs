//! mistake: used an eager `acomp!` that awaits inside a non-async report function
//! offending: .await
//! category: async
use comprehensions::acomp;
use std::time::Duration;

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

fn pto_report(client: &HrClient, ids: &[u32]) -> Vec<f32> {
    acomp![client.pto_balance(id).await for id in ids.iter().copied()]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = HrClient { base: "https://hr.internal/api".into() };
    println!("{:?}", pto_report(&client, &[3, 8, 21]));
}
