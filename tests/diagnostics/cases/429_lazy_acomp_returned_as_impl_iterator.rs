//! mistake: a lazy acomp (a Stream) returned as `impl Iterator`
//! offending: impl Iterator<Item = String>
//! category: async
use comprehensions::acomp;

async fn resolve(host: &str) -> String {
    format!("{host} -> 10.0.0.1")
}

// Python: def resolve_all(hosts): return (await resolve(h) for h in hosts)
fn resolve_all(hosts: Vec<String>) -> impl Iterator<Item = String> {
    acomp!(move (resolve(&h).await for h in hosts))
}

fn main() {
    for r in resolve_all(vec!["db".to_string(), "cache".to_string()]) {
        println!("{r}");
    }
}
