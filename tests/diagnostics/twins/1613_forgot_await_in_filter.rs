//! mistake: forgot `.await` on the async `is_active` check in the filter, so the condition is a future
//! offending: is_active(u)
//! category: async
async fn is_active(id: u32) -> bool {
    id % 2 == 1
}

async fn load_profile(id: u32) -> String {
    format!("profile{id}")
}

async fn run(users: Vec<u32>) {
    let mut profiles = Vec::new();
    for u in users {
        if is_active(u) {
            profiles.push(load_profile(u).await);
        }
    }
    println!("{profiles:?}");
}

fn main() {
    futures::executor::block_on(run(vec![1, 2, 3]));
}
