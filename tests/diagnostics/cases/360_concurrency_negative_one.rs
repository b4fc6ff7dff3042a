//! mistake: `concurrency = -1` meaning "no limit" (joblib's `n_jobs=-1` habit)
//! offending: -1
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "bb.org", "ccc.org"];
    let sizes = acomp![fetch(u).await for u in &urls; concurrency = -1];
    println!("{sizes:?}");
}
