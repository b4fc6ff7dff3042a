//! mistake: an `Option`'s `?` on an awaited sensor read in an async function returning `Result<_, String>`
//! offending: read(*id).await?
//! category: try
async fn read(id: u32) -> Option<f64> {
    if id % 2 == 0 { Some(id as f64 * 0.1) } else { None }
}

async fn poll(ids: &[u32]) -> Result<Vec<f64>, String> {
    let mut out = Vec::new();
    for id in ids {
        out.push(read(*id).await?);
    }
    Ok(out)
}

fn main() {
    println!("{:?}", futures::executor::block_on(poll(&[2, 4])));
}
