//! mistake: Python's `await` on a function that is not async
//! offending: await parse_row(r)
//! category: async
use comprehensions::acomp;

fn parse_row(r: &str) -> Vec<String> {
    r.split(',').map(String::from).collect()
}

async fn load() -> Vec<&'static str> {
    vec!["a,b", "c,d"]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = load().await;
    let parsed = acomp![await parse_row(r) for r in rows];
    println!("{parsed:?}");
}
