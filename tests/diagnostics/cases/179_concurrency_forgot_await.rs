//! mistake: `concurrency = N` with the element's `.await` forgotten, expecting gather to await for you
//! offending: fetch(u)
//! category: async
use comprehensions::acomp;

async fn fetch(u: &str) -> String {
    format!("<html>{u}</html>")
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.org", "b.org"];
    let pages: Vec<String> = acomp![fetch(u) for u in &urls; concurrency = 4];
    println!("{}", pages.join("\n"));
}
