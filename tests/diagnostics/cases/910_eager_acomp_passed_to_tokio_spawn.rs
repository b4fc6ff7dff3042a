//! mistake: an eager `acomp![..]` passed to `tokio::spawn` as if it were a future (it is the awaited `Vec`)
//! offending: acomp![hash(f).await for f in files]
//! category: async
use comprehensions::acomp;

async fn hash(name: String) -> u64 {
    name.len() as u64
}

async fn run(files: Vec<String>) -> Vec<u64> {
    let task = tokio::spawn(acomp![hash(f).await for f in files]);
    task.await.unwrap()
}

fn main() {
    let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
    println!("{:?}", rt.block_on(run(vec!["a".into()])));
}
