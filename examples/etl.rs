//! A data pipeline stage: pass each record of an async source through an
//! async transform and keep what it accepts.
//!
//! Python (an async ETL stage: `async for` filtered with a walrus):
//!
//! ```python
//! async def etl_stage(source_stream, transform):
//!     """Process items from an async source through a transform."""
//!     return [
//!         transformed
//!         async for item in source_stream
//!         if (transformed := await transform(item)) is not None
//!     ]
//! ```

use comprehensions::{acomp, comp};
use futures::stream::{self, Stream, StreamExt};

#[derive(Debug)]
struct Person {
    name: String,
    age: u32,
}

/// The raw source: lines arriving one at a time, some of them malformed.
fn source() -> impl Stream<Item = String> {
    stream::iter(["ada,36", "bad line", "grace,45", "linus,?"]).then(|line| async move {
        tokio::task::yield_now().await; // stands in for network or disk I/O
        line.to_string()
    })
}

/// Parses `name,age`; `None` (Python's `None`) rejects the record.
async fn transform(line: &str) -> Option<Person> {
    let (name, age) = line.split_once(',')?;
    let age = age.parse().ok()?;
    Some(Person {
        name: name.to_string(),
        age,
    })
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // The Rust spelling: `if let` filters and binds in one clause.
    let people = acomp![p async for line in source() if let Some(p) = transform(&line).await];
    println!("if let: {people:?}");

    // The walrus spelling, line for line the Python above.
    let people = acomp![
        t.unwrap()
        async for line in source()
        if (t := transform(&line).await).is_some()
    ];
    println!(
        "walrus: {:?}",
        comp![format!("{} ({})", p.name, p.age) for p in &people]
    );
}
