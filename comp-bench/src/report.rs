//! The tables of `BENCHMARKS.md`: criterion's medians, read back from its
//! `estimates.json` files, beside the interleaved `comp ÷ this` ratios.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// What a row of a table measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Hand-written code (a loop, an iterator chain, stream combinators):
    /// the fastest of these is the table's baseline.
    Hand,
    /// The `comp!`/`acomp!` comprehension: one per table.
    Comp,
    /// A peer crate.
    Peer,
    /// A hand-written shape the macro could emit instead (for a finding).
    Candidate,
}

#[derive(Debug)]
struct Row {
    id: String,
    label: String,
    role: Role,
    extra: String,
    /// `comp`'s time divided by this row's, interleaved.
    paired: Option<f64>,
}

#[derive(Debug)]
struct Table {
    group: String,
    title: String,
    extra_header: Option<String>,
    rows: Vec<Row>,
}

impl Table {
    /// `comp ÷ this` over the rows of `role` that have one, largest first
    /// (the largest is against the fastest row).
    fn paired(&self, role: Role) -> Vec<(&Row, f64)> {
        let mut rows: Vec<_> = self
            .rows
            .iter()
            .filter(|r| r.role == role)
            .filter_map(|r| Some((r, r.paired?)))
            .collect();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1));
        rows
    }
}

/// The tables of one bench target, filled in while it runs.
#[derive(Debug)]
pub struct Report {
    tables: Vec<Table>,
    notes: Vec<String>,
    target: f64,
}

impl Default for Report {
    fn default() -> Self {
        Report::new(1.03)
    }
}

impl Report {
    /// A report whose target is `comp ÷ best hand-written <= target`.
    pub fn new(target: f64) -> Self {
        Report {
            tables: Vec::new(),
            notes: Vec::new(),
            target,
        }
    }

    /// Starts the table of criterion group `group`.
    pub fn table(&mut self, group: &str, title: &str) {
        self.tables.push(Table {
            group: group.to_owned(),
            title: title.to_owned(),
            extra_header: None,
            rows: Vec::new(),
        });
    }

    /// Adds a last column named `header` to the current table.
    pub fn extra_column(&mut self, header: &str) {
        if let Some(table) = self.tables.last_mut() {
            table.extra_header = Some(header.to_owned());
        }
    }

    /// Adds the row of benchmark `id` (criterion's function id) to the
    /// current table; `extra` fills the extra column, if any.
    pub fn row(&mut self, id: &str, label: &str, role: Role, extra: String) {
        if let Some(table) = self.tables.last_mut() {
            table.rows.push(Row {
                id: id.to_owned(),
                label: label.to_owned(),
                role,
                extra,
                paired: None,
            });
        }
    }

    /// The criterion group of the current table.
    pub fn current_group(&self) -> Option<&str> {
        self.tables.last().map(|t| t.group.as_str())
    }

    /// Records `comp`'s time divided by row `id`'s, measured interleaved.
    pub fn paired(&mut self, id: &str, ratio: f64) {
        let row = self
            .tables
            .last_mut()
            .and_then(|t| t.rows.iter_mut().find(|r| r.id == id));
        if let Some(row) = row {
            row.paired = Some(ratio);
        }
    }

    /// A paragraph printed after the tables.
    pub fn note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// The summary and the tables, in Markdown.
    pub fn markdown(&self) -> String {
        let dir = criterion_dir();
        let mut out = self.summary();
        for table in &self.tables {
            out += &self.table_markdown(table, &dir);
        }
        for note in &self.notes {
            let _ = writeln!(out, "\n{note}");
        }
        out
    }

    /// One line per table: `comp` against the fastest hand-written row and
    /// the fastest peer, and whether the targets are met.
    fn summary(&self) -> String {
        let target = self.target;
        let mut out = format!(
            "| group | comp ÷ best hand-written | ≤ {target:.2} | comp ÷ fastest peer | ahead of or within {target:.2} of every peer |\n\
             | --- | ---: | :---: | ---: | :---: |\n"
        );
        for table in &self.tables {
            let hand = table.paired(Role::Hand).first().map(|(_, r)| *r);
            let peer = table
                .paired(Role::Peer)
                .first()
                .map(|&(row, r)| (short(&row.label), r));
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                table.group,
                hand.map_or("–".into(), |r| format!("{r:.2}")),
                hand.map_or("–", |r| if r <= target { "yes" } else { "**no**" }),
                peer.as_ref()
                    .map_or("–".into(), |(name, r)| format!("{r:.2} ({name})")),
                peer.map_or("–", |(_, r)| if r <= target { "yes" } else { "**no**" }),
            );
        }
        out
    }

    fn table_markdown(&self, table: &Table, dir: &Path) -> String {
        let mut out = format!("\n#### {}\n\n", table.title);
        let extra = table.extra_header.as_deref();
        let mut header =
            "| implementation | median | comp ÷ this (medians) | comp ÷ this (interleaved) |"
                .to_owned();
        let mut rule = "| --- | ---: | ---: | ---: |".to_owned();
        if let Some(extra) = extra {
            header += &format!(" {extra} |");
            rule += " ---: |";
        }
        let _ = writeln!(out, "{header}\n{rule}");
        let medians: Vec<Option<f64>> = table
            .rows
            .iter()
            .map(|r| median_ns(dir, &table.group, &r.id))
            .collect();
        let comp = table
            .rows
            .iter()
            .zip(&medians)
            .find(|(r, _)| r.role == Role::Comp)
            .and_then(|(_, m)| *m);
        for (row, median) in table.rows.iter().zip(&medians) {
            let label = match row.role {
                Role::Comp => format!("**{}**", row.label),
                Role::Candidate => format!("*candidate:* {}", row.label),
                _ => row.label.clone(),
            };
            let by_median = match (comp, median) {
                (Some(c), Some(m)) if *m > 0.0 => format!("{:.2}", c / m),
                _ => "–".into(),
            };
            let paired = match (row.role, row.paired) {
                (Role::Comp, _) => "1".into(),
                (_, Some(r)) => format!("{r:.2}"),
                _ => "–".into(),
            };
            let time = median.map_or("n/a".into(), format_ns);
            let _ = write!(out, "| {label} | {time} | {by_median} | {paired} |");
            let _ = writeln!(
                out,
                "{}",
                extra.map_or(String::new(), |_| format!(" {} |", row.extra))
            );
        }
        out
    }

    /// Prints [`Report::markdown`] and saves it as `<target>/comp-bench/<name>.md`.
    pub fn finish(&self, name: &str) {
        let text = self.markdown();
        println!("{text}");
        if let Some(target) = criterion_dir().parent() {
            let dir = target.join("comp-bench");
            let saved = std::fs::create_dir_all(&dir)
                .and_then(|()| std::fs::write(dir.join(format!("{name}.md")), &text));
            if let Err(error) = saved {
                eprintln!("comp-bench: could not save the report: {error}");
            }
        }
    }
}

/// A row label without its backquoted code: the crate name of a peer.
fn short(label: &str) -> String {
    label.split(" `").next().unwrap_or(label).trim().to_owned()
}

/// `1.23 µs`, `45.6 ms`: three significant digits.
pub fn format_ns(ns: f64) -> String {
    let (value, unit) = match ns {
        n if n >= 1e9 => (n / 1e9, "s"),
        n if n >= 1e6 => (n / 1e6, "ms"),
        n if n >= 1e3 => (n / 1e3, "µs"),
        n => (n, "ns"),
    };
    let decimals = match value {
        v if v >= 100.0 => 0,
        v if v >= 10.0 => 1,
        _ => 2,
    };
    format!("{value:.decimals$} {unit}")
}

/// Where criterion saves its results, found as criterion finds it:
/// `$CRITERION_HOME`, `$CARGO_TARGET_DIR/criterion`, else the `criterion`
/// folder of the target directory this bench executable was built in.
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return home.into();
    }
    if let Some(target) = std::env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    // <target>/<profile>/deps/<bench executable>
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(|t| t.join("criterion")))
        .unwrap_or_else(|| "target/criterion".into())
}

/// The median (ns) of benchmark `group/id` from criterion's `estimates.json`.
fn median_ns(dir: &Path, group: &str, id: &str) -> Option<f64> {
    let path = dir.join(group).join(id).join("new").join("estimates.json");
    let json = std::fs::read_to_string(path).ok()?;
    // {"mean":{..},"median":{"confidence_interval":{..},"point_estimate":X,..},..}
    let median = &json[json.find("\"median\"")?..];
    let key = "\"point_estimate\":";
    let value = &median[median.find(key)? + key.len()..];
    let end = value.find([',', '}'])?;
    value[..end].trim().parse().ok()
}
