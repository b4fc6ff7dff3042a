//! mistake: an eager `acomp!` that awaits each lookup, inside a plain (not `async`) loader function
//! offending: .await
//! category: async
use comprehensions::acomp;

async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

fn load_all(ids: &[u32]) -> Vec<String> {
    acomp![fetch_name(*id).await for id in ids]
}

fn main() {
    println!("{:?}", load_all(&[1, 2]));
}
