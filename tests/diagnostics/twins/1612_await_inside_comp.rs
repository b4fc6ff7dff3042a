//! mistake: `.await` in the element of a sync `comp!` inside an async function (should be `acomp!`)
//! offending: .await
//! category: async
async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

async fn run(ids: Vec<u32>) {
    let names: Vec<_> = ids.into_iter().map(|id| fetch_name(id).await).collect();
    println!("{names:?}");
}

fn main() {
    futures::executor::block_on(run(vec![1, 2]));
}
