//! mistake: in a `FromStr` impl, propagates the rows' `RowError` with `?` into a `TableError` that has no `From<RowError>`
//! offending: >>()?
//! category: try
use std::str::FromStr;

#[derive(Debug)]
struct RowError(String);

#[derive(Debug)]
enum TableError {
    Empty,
}

#[derive(Debug)]
struct Row {
    cells: Vec<u32>,
}

impl FromStr for Row {
    type Err = RowError;
    fn from_str(s: &str) -> Result<Self, RowError> {
        let mut cells = Vec::new();
        for c in s.split(',') {
            cells.push(c.trim().parse::<u32>().map_err(|e| RowError(e.to_string()))?);
        }
        Ok(Row { cells })
    }
}

#[derive(Debug)]
struct Table {
    rows: Vec<Row>,
}

impl FromStr for Table {
    type Err = TableError;
    fn from_str(s: &str) -> Result<Self, TableError> {
        if s.is_empty() {
            return Err(TableError::Empty);
        }
        let rows = s.lines().map(|l| l.parse::<Row>()).collect::<Result<Vec<_>, _>>()?;
        Ok(Table { rows })
    }
}

fn main() {
    println!("{:?}", "1,2\n3,4".parse::<Table>());
}
