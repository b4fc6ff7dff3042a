//! mistake: fn returns Vec<String> but the unordered acomp's element is a &'static str
//! offending: region_of(id).await
//! category: async
use comprehensions::acomp;

async fn region_of(id: u32) -> &'static str {
    if id < 100 { "eu-west" } else { "us-east" }
}

// Python: return [r for r in asyncio.as_completed(...)]
async fn regions(ids: Vec<u32>) -> Vec<String> {
    acomp![region_of(id).await for id in ids; concurrency = 3, unordered]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", regions(vec![1, 200]).await);
}
