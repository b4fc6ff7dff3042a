//! mistake: uses `r?` twice, in the filter and in the element (Python's exception check does not consume; `?` moves the `Result`)
//! offending: r?
//! category: ownership
#[derive(Debug)]
struct Record {
    id: u32,
    valid: bool,
}

async fn save(r: Record) -> Result<u32, String> {
    Ok(r.id)
}

async fn import(rows: Vec<Result<Record, String>>) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for r in rows {
        if r?.valid {
            out.push(save(r?).await?);
        }
    }
    Ok(out)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rows = vec![Ok(Record { id: 1, valid: true }), Ok(Record { id: 2, valid: false })];
    println!("{:?}", import(rows).await);
}
