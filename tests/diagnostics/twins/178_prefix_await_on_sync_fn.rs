//! mistake: `.await` on a function that is not async (hand-written)
//! offending: parse_row(r).await
fn parse_row(r: &str) -> Vec<String> {
    r.split(',').map(String::from).collect()
}

async fn load() -> Vec<&'static str> {
    vec!["a,b", "c,d"]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = load().await;
    let mut parsed = Vec::new();
    for r in rows {
        parsed.push(parse_row(r).await);
    }
    println!("{parsed:?}");
}
