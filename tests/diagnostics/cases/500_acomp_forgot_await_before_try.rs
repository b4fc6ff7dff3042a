//! mistake: `?` applied to the future of an async fn: `.await` forgotten before `?`
//! offending: fetch_user(id)?
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct NotFound(u32);

async fn fetch_user(id: u32) -> Result<String, NotFound> {
    if id < 10 { Ok(format!("user{id}")) } else { Err(NotFound(id)) }
}

async fn names(ids: Vec<u32>) -> Result<Vec<String>, NotFound> {
    acomp![fetch_user(id)? for id in ids]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", names(vec![1, 2]).await);
}
