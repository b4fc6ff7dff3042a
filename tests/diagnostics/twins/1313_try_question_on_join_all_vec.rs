//! mistake: a `?` on the `Vec<Result<..>>` that `join_all(..).await` returns, in a loop
//! offending: join_all(batch.iter().map(|id| fetch(*id))).await?
//! category: try
use futures::future::join_all;

async fn fetch(id: u32) -> Result<String, String> {
    if id == 13 { Err(format!("{id} unlucky")) } else { Ok(format!("item {id}")) }
}

async fn load(batches: &[Vec<u32>]) -> Result<Vec<Vec<String>>, String> {
    let mut out = Vec::new();
    for batch in batches {
        out.push(join_all(batch.iter().map(|id| fetch(*id))).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", load(&[vec![1, 2], vec![13]]).await);
}
