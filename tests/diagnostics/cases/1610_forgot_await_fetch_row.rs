//! mistake: forgot `.await` on the async row fetch, so the list holds futures where `Vec<Row>` wants rows
//! offending: fetch_row(id)
//! category: async
use comprehensions::acomp;

#[derive(Debug)]
struct Row {
    id: u32,
}

async fn fetch_row(id: u32) -> Row {
    Row { id }
}

async fn run(ids: Vec<u32>) {
    let rows: Vec<Row> = acomp![fetch_row(id) for id in ids];
    println!("{rows:?}");
}

fn main() {
    futures::executor::block_on(run(vec![1, 2]));
}
