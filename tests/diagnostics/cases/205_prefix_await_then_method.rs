//! mistake: `await fetch(u).len()` meaning `len(await fetch(u))`; prefix `await` awaits the whole chain
//! offending: await fetch(u).len()
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let sizes = acomp![await fetch(u).len() for u in &urls];
    println!("{sizes:?}");
}
