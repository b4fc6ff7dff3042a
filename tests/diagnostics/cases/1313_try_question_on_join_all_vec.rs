//! mistake: a `?` on the `Vec<Result<..>>` that `join_all(..).await` returns (Python's `gather` raising the first exception)
//! offending: join_all(batch.iter().map(|id| fetch(*id))).await?
//! category: try
use comprehensions::acomp;
use futures::future::join_all;

async fn fetch(id: u32) -> Result<String, String> {
    if id == 13 { Err(format!("{id} unlucky")) } else { Ok(format!("item {id}")) }
}

async fn load(batches: &[Vec<u32>]) -> Result<Vec<Vec<String>>, String> {
    acomp![join_all(batch.iter().map(|id| fetch(*id))).await? for batch in batches]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load(&[vec![1, 2], vec![13]]).await);
}
