//! mistake: Python's `is not None` test on an awaited `Option` in the `if` clause
//! offending: is not None
//! category: python-habit
use comprehensions::acomp;

async fn find_owner(repo: &str) -> Option<String> {
    if repo.contains('/') { repo.split('/').next().map(str::to_string) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let repos = vec!["tokio-rs/tokio", "orphan"];
    let owned = acomp![r for r in &repos if find_owner(r).await is not None];
    println!("{owned:?}");
}
