//! mistake: `tokio::spawn(..).await?` per item in a function returning `Result<_, FetchError>`: the `?` is on tokio's `JoinError`
//! offending: tokio::spawn(word_count(d)).await?
//! category: try
use std::time::Duration;

#[derive(Debug)]
struct FetchError(String);

async fn word_count(doc: String) -> usize {
    tokio::time::sleep(Duration::from_millis(5)).await;
    doc.split_whitespace().count()
}

async fn count_all(docs: Vec<String>) -> Result<Vec<usize>, FetchError> {
    if docs.is_empty() {
        return Err(FetchError("no documents".into()));
    }
    let mut out = Vec::new();
    for d in docs {
        out.push(tokio::spawn(word_count(d)).await?);
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let docs = vec!["a b c".to_string(), "d e".to_string()];
    println!("{:?}", count_all(docs).await);
}
