//! mistake: `?` on an `Option` field (`email?`) in a comprehension whose `?`s return `Result` (Python's `None` check folded into the exception path)
//! offending: email?
//! category: try
struct User {
    email: Option<String>,
}

async fn load(id: u32) -> Result<User, String> {
    Ok(User { email: if id % 2 == 0 { Some(format!("u{id}@x.io")) } else { None } })
}

async fn emails(ids: &[u32]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for &id in ids {
        out.push(load(id).await?.email?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", emails(&[2, 4]).await);
}
