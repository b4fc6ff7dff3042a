//! mistake: returned eager acomp whose element calls an async fn without .await
//! offending: display_name(id)
//! category: async
use comprehensions::acomp;

async fn display_name(id: u32) -> String {
    format!("user-{id}")
}

// Python: async def names(ids): return [await display_name(i) for i in ids]
async fn names(ids: &[u32]) -> Vec<String> {
    acomp![display_name(id) for &id in ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", names(&[1, 2, 3]).await);
}
