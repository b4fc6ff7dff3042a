//! offending: fetch_user(id)?
#[derive(Debug)]
struct NotFound(u32);

async fn fetch_user(id: u32) -> Result<String, NotFound> {
    if id < 10 { Ok(format!("user{id}")) } else { Err(NotFound(id)) }
}

async fn names(ids: Vec<u32>) -> Result<Vec<String>, NotFound> {
    let mut out = Vec::new();
    for id in ids {
        out.push(fetch_user(id)?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", names(vec![1, 2]).await);
}
