//! mistake: (an eager `acomp!` is awaited in place: the `.await` is the call's) an eager acomp! inside a plain (non-async) closure in async code
//! offending: acomp![lookup(k).await for k in keys]
//! category: async
use comprehensions::acomp;

async fn lookup(k: &str) -> Option<u32> {
    if k.starts_with('a') { Some(1) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let batches = vec![vec!["ab", "cd"], vec!["ax"]];
    let resolve = |keys: &Vec<&str>| acomp![lookup(k).await for k in keys];
    for b in &batches {
        println!("{:?}", resolve(b));
    }
}
