//! offending: body
async fn fetch(url: &str) -> String {
    format!("{url}/index/about")
}

async fn check(seg: &str) -> bool {
    !seg.is_empty()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["a.example", "b.example"];
    let mut items = Vec::new();
    for u in &urls {
        let body = fetch(u).await;
        for seg in body.split('/') {
            items.push(async move { check(seg).await });
        }
    }
    let ok = futures::future::join_all(items).await;
    println!("{ok:?}");
}
