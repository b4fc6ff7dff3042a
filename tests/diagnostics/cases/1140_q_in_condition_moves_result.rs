//! mistake: uses `r?` twice, in the filter and in the element (Python's exception check does not consume; `?` moves the `Result`)
//! offending: r?
//! category: ownership
use comprehensions::acomp;

#[derive(Debug)]
struct Record {
    id: u32,
    valid: bool,
}

async fn save(r: Record) -> Result<u32, String> {
    Ok(r.id)
}

async fn import(rows: Vec<Result<Record, String>>) -> Result<Vec<u32>, String> {
    acomp![save(r?).await? for r in rows if r?.valid; concurrency = 4]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = vec![Ok(Record { id: 1, valid: true }), Ok(Record { id: 2, valid: false })];
    println!("{:?}", import(rows).await);
}
