//! mistake: awaited the value of an eager `acomp![..]`, which is already the `Vec`
//! offending: .await;
//! category: async
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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = HrClient { base: "https://hr.internal/api".into() };
    let ids = vec![3, 8, 21];
    let balances = futures::future::join_all(ids.iter().copied().map(|id| client.pto_balance(id))).await.await;
    println!("{balances:?}");
}
