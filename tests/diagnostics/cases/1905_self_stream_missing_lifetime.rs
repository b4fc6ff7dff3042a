//! mistake: returned a lazy `acomp!` over `&self.pending` as `impl Stream` with no lifetime (a Python generator method just holds `self`)
//! offending: impl Stream<Item = String>
//! category: ownership
use comprehensions::acomp;
use futures::{Stream, StreamExt};

struct Queue {
    pending: Vec<u32>,
}

async fn run_job(id: u32) -> String {
    format!("job {id} done")
}

impl Queue {
    fn results(&self) -> impl Stream<Item = String> {
        acomp!((run_job(*j).await for j in &self.pending))
    }
}

fn main() {
    let q = Queue { pending: vec![1, 2] };
    let done: Vec<String> = futures::executor::block_on(q.results().collect());
    println!("{done:?}");
}
