//! mistake: `.await` in a `comp!` inside an async handler (the async form is `acomp!`)
//! offending: .await
//! category: async
use comprehensions::comp;

async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

async fn handler(ids: &[u32]) -> Vec<String> {
    comp![fetch_name(*id).await for id in ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", handler(&[1, 2]).await);
}
