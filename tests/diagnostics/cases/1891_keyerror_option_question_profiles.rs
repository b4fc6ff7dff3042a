//! mistake: `?` on a `HashMap::get` in a fn returning `Result` (Python's `ids[name]` raising `KeyError` inside the comprehension)
//! offending: ids.get(n)?
//! category: try
use comprehensions::acomp;
use std::collections::HashMap;

#[derive(Debug)]
struct ApiError(String);

async fn fetch_profile(id: u32) -> Result<String, ApiError> {
    if id == 0 { Err(ApiError("no such user".into())) } else { Ok(format!("profile {id}")) }
}

async fn profiles(names: &[&str], ids: &HashMap<&str, u32>) -> Result<Vec<String>, ApiError> {
    acomp![fetch_profile(*ids.get(n)?).await? for n in names]
}

fn main() {
    let ids = HashMap::from([("ann", 1), ("bob", 2)]);
    println!("{:?}", futures::executor::block_on(profiles(&["ann", "bob"], &ids)));
}
