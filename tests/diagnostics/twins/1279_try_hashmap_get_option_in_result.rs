//! mistake: a `?` on `HashMap::get`'s `Option` beside a `?` on a `Result` in a loop whose function returns `Result`
//! offending: ids.get(name)?
//! category: try
use std::collections::HashMap;

#[derive(Debug)]
struct ApiError(String);

async fn fetch_profile(id: u32) -> Result<String, ApiError> {
    if id == 0 {
        return Err(ApiError("bad id".into()));
    }
    Ok(format!("profile {id}"))
}

async fn profiles(names: &[&str], ids: &HashMap<&str, u32>) -> Result<Vec<String>, ApiError> {
    let mut out = Vec::new();
    for name in names {
        out.push(fetch_profile(*ids.get(name)?).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = HashMap::from([("ann", 1), ("bob", 2)]);
    println!("{:?}", profiles(&["ann", "bob"], &ids).await);
}
