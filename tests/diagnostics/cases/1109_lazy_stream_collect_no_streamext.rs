//! mistake: collecting a lazy acomp! stream without importing futures::StreamExt
//! offending: collect
//! category: async
use comprehensions::acomp;

async fn score(id: u32) -> u32 {
    id * 10
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2, 3];
    let scores: Vec<u32> = acomp!((score(i).await for i in ids)).collect().await;
    println!("{scores:?}");
}
