//! Lists read a part at a time, the same for every backend: a numbered
//! page for the terminal, or the rows after a cursor for the service. Every
//! list of the store is one function generic over its [`Window`].

use serde::Serialize;

/// Which page of a list to read. `page` counts from 1.
#[derive(Debug, Clone, Copy)]
pub struct PageRequest {
    pub page: u32,
    pub limit: u32,
}

impl Default for PageRequest {
    fn default() -> Self {
        PageRequest { page: 1, limit: 50 }
    }
}

impl PageRequest {
    /// How many rows come before this page.
    pub fn offset(&self) -> i64 {
        i64::from(self.page.saturating_sub(1)) * i64::from(self.limit)
    }
}

/// One page of a list, with the number of rows matching the filter.
#[derive(Debug, Serialize)]
pub struct ListPage<T> {
    pub items: Vec<T>,
    pub total: u64,
    pub page: u32,
    pub limit: u32,
}

impl<T> ListPage<T> {
    /// The same page with each item turned into another view.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> ListPage<U> {
        ListPage {
            items: self.items.into_iter().map(f).collect(),
            total: self.total,
            page: self.page,
            limit: self.limit,
        }
    }
}

crate::domain::text_enum::text_enum! {
    /// The direction of a sorted list.
    #[derive(Default)]
    pub Order "sort order" {
        #[default]
        Asc = "asc",
        Desc = "desc",
    }
}

/// Where a list read in pages of the service resumes: after the row with
/// this id, in id order. Unlike a page number, a cursor stays put when rows
/// are added before it, and a deep page costs what the first one does.
#[derive(Debug, Clone, Copy)]
pub struct Cursor {
    pub after: Option<i64>,
    pub limit: u32,
}

/// One page read with a cursor, and the cursor of the next page, if any.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CursorPage<T> {
    pub items: Vec<T>,
    /// Pass as `after` to read the next page; absent on the last page.
    pub next: Option<String>,
}

/// Which part of a list a backend reads.
#[derive(Debug, Clone, Copy)]
pub enum Span {
    Numbered(PageRequest),
    After(Cursor),
}

/// What a backend read of a list: the rows, the count of all rows for a
/// numbered page, and the next cursor for a cursor's page.
pub struct Rows<T> {
    pub items: Vec<T>,
    pub total: Option<u64>,
    pub next: Option<String>,
}

/// Which part of a list to read: a numbered page in the list's order
/// ([`PageRequest`], answered with a [`ListPage`]), or the rows after a
/// cursor in id order ([`Cursor`], answered with a [`CursorPage`]).
pub trait Window: Copy {
    /// One page as this window shows it.
    type Page<T>;

    /// The part to read.
    fn span(self) -> Span;

    /// The rows read, as this window's page.
    fn page<T>(self, rows: Rows<T>) -> Self::Page<T>;
}

impl Window for PageRequest {
    type Page<T> = ListPage<T>;

    fn span(self) -> Span {
        Span::Numbered(self)
    }

    fn page<T>(self, rows: Rows<T>) -> ListPage<T> {
        ListPage {
            items: rows.items,
            total: rows.total.unwrap_or(0),
            page: self.page,
            limit: self.limit,
        }
    }
}

impl Window for Cursor {
    type Page<T> = CursorPage<T>;

    fn span(self) -> Span {
        Span::After(self)
    }

    fn page<T>(self, rows: Rows<T>) -> CursorPage<T> {
        CursorPage {
            items: rows.items,
            next: rows.next,
        }
    }
}
