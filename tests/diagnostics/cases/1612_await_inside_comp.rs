//! mistake: `.await` in the element of a sync `comp!` inside an async function (should be `acomp!`)
//! offending: .await
//! category: async
use comprehensions::comp;

async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

async fn run(ids: Vec<u32>) {
    let names = comp![fetch_name(id).await for id in ids];
    println!("{names:?}");
}

fn main() {
    futures::executor::block_on(run(vec![1, 2]));
}
