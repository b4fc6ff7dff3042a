//! mistake: iterates an awaited `Result` in the inner `for` (Python's `for x in await load(i)`), which yields the whole `Vec` once instead of its items
//! offending: load(*id).await
//! category: lint
use comprehensions::acomp;

async fn load(id: u32) -> Result<Vec<u32>, String> {
    Ok(vec![id, id * 10])
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![1, 2];
    let all = acomp![x for id in &ids for x in load(*id).await];
    println!("{all:?}");
}
