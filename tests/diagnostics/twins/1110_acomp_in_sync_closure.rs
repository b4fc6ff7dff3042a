//! mistake: an eager acomp! inside a plain (non-async) closure in async code
//! offending: .await
//! category: async
async fn lookup(k: &str) -> Option<u32> {
    if k.starts_with('a') { Some(1) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let batches = vec![vec!["ab", "cd"], vec!["ax"]];
    let resolve = |keys: &Vec<&str>| {
        let mut out = Vec::new();
        for k in keys {
            out.push(lookup(k).await);
        }
        out
    };
    for b in &batches {
        println!("{:?}", resolve(b));
    }
}
