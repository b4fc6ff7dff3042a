//! mistake: `parallel` on an `acomp!`, hoping to spread the fetches across threads
//! offending: parallel
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let sizes = acomp![fetch(u).await for u in &urls; parallel];
    println!("{sizes:?}");
}
