//! mistake: forgot `.await` on the async `is_active` check in the filter, so the condition is a future
//! offending: is_active(u)
//! category: async
use comprehensions::acomp;

async fn is_active(id: u32) -> bool {
    id % 2 == 1
}

async fn load_profile(id: u32) -> String {
    format!("profile{id}")
}

async fn run(users: Vec<u32>) {
    let profiles = acomp![load_profile(u).await for u in users if is_active(u)];
    println!("{profiles:?}");
}

fn main() {
    futures::executor::block_on(run(vec![1, 2, 3]));
}
