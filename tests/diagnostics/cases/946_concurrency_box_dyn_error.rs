//! mistake: `?` on a custom error under `concurrency` in a function returning `Box<dyn Error>`, expecting `From` as a loop's `?` gives
//! offending: ?
//! category: try
use comprehensions::acomp;
use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct FetchError(String);

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "fetch failed: {}", self.0)
    }
}

impl Error for FetchError {}

async fn fetch(id: u32) -> Result<String, FetchError> {
    if id == 0 { Err(FetchError("zero".into())) } else { Ok(format!("item {id}")) }
}

async fn load(ids: &[u32]) -> Result<Vec<String>, Box<dyn Error>> {
    acomp![fetch(*id).await? for id in ids; concurrency = 4]
}

fn main() {
    println!("{:?}", futures::executor::block_on(load(&[1, 2, 3])));
}
