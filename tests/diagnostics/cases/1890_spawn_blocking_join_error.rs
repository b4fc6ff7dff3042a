//! mistake: `?` on the `spawn_blocking` handle's `JoinError` in a fn whose error type has no `From<JoinError>` (Python: the executor's exception just propagates)
//! offending: count_lines(t)).await?
//! category: try
use comprehensions::acomp;

#[derive(Debug)]
enum AppError {
    Io(String),
}

fn count_lines(text: String) -> usize {
    text.lines().count()
}

async fn read(name: &str) -> Result<String, AppError> {
    if name.is_empty() { Err(AppError::Io("empty name".into())) } else { Ok(format!("{name}\n1\n2")) }
}

async fn line_counts(names: &[&str]) -> Result<Vec<usize>, AppError> {
    let texts = acomp![read(n).await? for n in names]?;
    acomp![tokio::task::spawn_blocking(move || count_lines(t)).await? for t in texts]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", line_counts(&["a.log", "b.log"]).await);
}
