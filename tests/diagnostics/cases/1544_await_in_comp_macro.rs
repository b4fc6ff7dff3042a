//! mistake: Python's `[await load(i) for i in ids]` written with the synchronous `comp!`
//! offending: await
//! category: async
use comprehensions::comp;

async fn load(id: u32) -> u32 {
    id * 2
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let vals = comp![await load(id) for id in ids];
    println!("{vals:?}");
}
