//! mistake: `.unwrap()` after a spawned fetch unwraps the `JoinError` only, leaving each item a `Result<String, FetchError>` where `Vec<String>` is expected
//! offending: tokio::spawn(fetch(u)).await.unwrap()
//! category: type
use comprehensions::acomp;

#[derive(Debug)]
struct FetchError;

async fn fetch(url: String) -> Result<String, FetchError> {
    Ok(url)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a".to_string(), "b".to_string()];
    let bodies: Vec<String> = acomp![tokio::spawn(fetch(u)).await.unwrap() for u in urls; concurrency = 4];
    println!("{bodies:?}");
}
