//! mistake: a stream returned as `impl Iterator`
//! offending: impl Iterator<Item = String>
//! category: async
use futures::StreamExt;

async fn resolve(host: &str) -> String {
    format!("{host} -> 10.0.0.1")
}

fn resolve_all(hosts: Vec<String>) -> impl Iterator<Item = String> {
    futures::stream::iter(hosts).then(|h| async move { resolve(&h).await })
}

fn main() {
    for r in resolve_all(vec!["db".to_string(), "cache".to_string()]) {
        println!("{r}");
    }
}
