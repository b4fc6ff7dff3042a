//! mistake: forgot `.await` on the async row fetch, so the list holds futures where `Vec<Row>` wants rows
//! offending: fetch_row(id)
//! category: async
#[derive(Debug)]
struct Row {
    id: u32,
}

async fn fetch_row(id: u32) -> Row {
    Row { id }
}

async fn run(ids: Vec<u32>) {
    let mut rows: Vec<Row> = Vec::new();
    for id in ids {
        rows.push(fetch_row(id));
    }
    println!("{rows:?}");
}

fn main() {
    futures::executor::block_on(run(vec![1, 2]));
}
