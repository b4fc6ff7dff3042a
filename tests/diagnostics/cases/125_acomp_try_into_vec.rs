//! mistake: annotating an `acomp!` with `.await?` as a plain Vec in `main`
//! offending: acomp![try_fetch(u).await? for u in &urls]
//! (a comprehension with `?` is a `Result`: the fix is at the call, `?` or `.expect(..)` after it, or the annotation)
//! category: try
use comprehensions::acomp;

async fn try_fetch(url: &str) -> Result<String, String> {
    if url.is_empty() { Err("empty url".into()) } else { Ok(format!("<{url}>")) }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = acomp![try_fetch(u).await? for u in &urls];
    println!("{pages:?}");
}
